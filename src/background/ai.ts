import browser from 'webextension-polyfill';
import { z } from 'zod';
import { AiSettingsSchema, type AiSettings, type ChatMessage } from '../core/reply/ai';

export { AiSettingsSchema, type AiSettings };

/**
 * Optional AI drafting, off by default. Two providers: Chrome's built-in model (the Prompt API,
 * when the browser offers it) and an OpenAI-compatible endpoint the person configures (a local
 * Ollama, for example), whose host permission the options page asks for when they turn it on.
 * Thread text leaves the machine only when the person presses "Draft with AI", and only to the
 * endpoint they chose.
 */
const KEY = 'rapport.ai';

export async function loadAiSettings(): Promise<AiSettings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = AiSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : { provider: 'off' };
}

export async function saveAiSettings(settings: AiSettings): Promise<AiSettings> {
  await browser.storage.local.set({ [KEY]: settings });
  return settings;
}

interface PromptSession {
  prompt(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}
interface LanguageModelApi {
  availability(): Promise<string>;
  create(options: { initialPrompts: { role: 'system'; content: string }[]; signal?: AbortSignal }): Promise<PromptSession>;
}
const languageModel = (): LanguageModelApi | undefined => (globalThis as { LanguageModel?: LanguageModelApi }).LanguageModel;

/** What Chrome's built-in model says of itself: available, downloadable, downloading, or unavailable. */
export async function chromeAvailability(): Promise<string> {
  try {
    return (await languageModel()?.availability()) ?? 'unavailable';
  } catch {
    return 'unavailable';
  }
}

const CompletionSchema = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) });

/** One draft from the configured provider. */
export async function draftWithAi(settings: AiSettings, messages: ChatMessage[], signal: AbortSignal = AbortSignal.timeout(90_000)): Promise<string> {
  if (settings.provider === 'off') throw new Error('AI drafting is off: turn it on in the settings.');
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n');
  const user = messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
  if (settings.provider === 'chrome') {
    const api = languageModel();
    if (!api || (await chromeAvailability()) === 'unavailable') throw new Error("This browser's built-in AI is not available.");
    const session = await api.create({ initialPrompts: [{ role: 'system', content: system }], signal });
    try {
      return await session.prompt(user, { signal });
    } finally {
      session.destroy?.();
    }
  }
  const url = `${settings.endpoint.replace(/\/+$/, '')}/chat/completions`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}) },
    body: JSON.stringify({ model: settings.model, messages, temperature: 0.6, stream: false }),
    signal,
  });
  if (!response.ok) throw new Error(`The AI endpoint answered ${response.status} ${response.statusText}.`);
  const parsed = CompletionSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error('The AI endpoint answered in an unexpected shape (expected OpenAI chat completions).');
  return (parsed.data.choices[0] as { message: { content: string } }).message.content;
}
