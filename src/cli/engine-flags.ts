/**
 * V8 options for the processes that build the briefing model (`astro build` under `npm run build`, and
 * the benchmark's timed model build), given on their command line.
 *
 * `--no-regexp-tier-up`: V8 first runs a regular expression in its bytecode interpreter and compiles it
 * to machine code only once it is hot. The extractor runs some 1,500 patterns over every sentence of
 * every source, so nearly all become hot, and interpreting them first only adds time: compiled at once,
 * one model build of 1,000 sources took about 7% less wall time. The option changes how patterns run,
 * never what they match. It has to be on the command line: V8 reads its flags when the process starts,
 * and setting this one from inside a running process crashed its worker threads.
 */
export const ENGINE_FLAGS: readonly string[] = ['--no-regexp-tier-up'];
