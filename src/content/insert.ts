/**
 * Put the person's reply into the site's own reply box, as if they had typed it: the page's
 * framework sees an input event, and nothing is submitted. Rapport never posts; the person
 * reads it there and presses the site's button.
 */
export function insertReply(box: HTMLElement, text: string): boolean {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    box.focus();
    // The prototype's setter, so frameworks that track the value (React) notice the change.
    const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    const current = box.value;
    const next = current.trim() ? `${current.replace(/\s+$/, '')}\n\n${text}` : text;
    if (setter) setter.call(box, next);
    else box.value = next;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    box.dispatchEvent(new Event('change', { bubbles: true }));
    return box.value === next;
  }
  if (box.isContentEditable) {
    box.focus();
    const selection = box.ownerDocument.getSelection();
    if (selection && !box.contains(selection.anchorNode)) {
      selection.selectAllChildren(box);
      selection.collapseToEnd();
    }
    // The editor's own insertion path (rich editors listen for it); plain text only.
    if (box.ownerDocument.execCommand('insertText', false, text)) return true;
    box.append(box.ownerDocument.createTextNode(text));
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  }
  return false;
}
