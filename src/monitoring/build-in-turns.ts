/**
 * Runs a step-wise computation (a generator that yields between steps) in turns of a few
 * milliseconds, giving the event loop back between them: compiling the analyser's lexicon takes
 * about a second, and a DNS filter or proxy in the same process must keep answering meanwhile.
 */
import { compileLexiconSteps, type Lexicon } from './core/analyse.ts';

export async function buildInTurns<T>(steps: Generator<void, T>, turnMs = 8): Promise<T> {
  for (;;) {
    const until = performance.now() + turnMs;
    for (;;) {
      const step = steps.next();
      if (step.done === true) return step.value;
      if (performance.now() >= until) break;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

let builtin: Promise<Lexicon> | undefined;

/**
 * The analyser's built-in lexicon, built once in turns; every server path that analyses awaits it
 * (through the lexicon cache), so none compiles it a second time on the spot while it is built.
 */
export function builtinLexiconInTurns(): Promise<Lexicon> {
  builtin ??= buildInTurns(compileLexiconSteps());
  return builtin;
}
