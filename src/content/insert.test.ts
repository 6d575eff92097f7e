// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { insertReply } from './insert';

describe('insertReply', () => {
  it('fills an empty textarea and tells the page, without submitting anything', () => {
    const form = document.createElement('form');
    const box = document.createElement('textarea');
    form.append(box);
    document.body.append(form);
    const input = vi.fn();
    const submit = vi.fn((e: Event) => e.preventDefault());
    box.addEventListener('input', input);
    form.addEventListener('submit', submit);
    expect(insertReply(box, 'Thanks, that helps.')).toBe(true);
    expect(box.value).toBe('Thanks, that helps.');
    expect(input).toHaveBeenCalledOnce();
    expect(submit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(box);
  });

  it('keeps what the person already typed and adds the reply after it', () => {
    const box = document.createElement('textarea');
    box.value = 'Hi Sam,  ';
    document.body.append(box);
    insertReply(box, 'a worn gasket is the usual cause.');
    expect(box.value).toBe('Hi Sam,\n\na worn gasket is the usual cause.');
  });

  it('refuses an element that is not a text box', () => {
    const div = document.createElement('div');
    document.body.append(div);
    expect(insertReply(div, 'text')).toBe(false);
  });
});
