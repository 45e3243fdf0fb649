import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';

/**
 * html-validate with the project's rules (.htmlvalidate.json), passed in: a built site lies outside
 * the project, where html-validate would find no configuration and check nothing. Ids are the model's
 * ids and may start with a digit (a date); the config relaxes that rule.
 *
 * Every file gets the same rules, so they are resolved once: by default html-validate resolves the
 * configuration again for each file (its element metadata, checked against a schema), which took
 * about a third of the time on a split site of 220 pages.
 */
class ProjectRules extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;

  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    return (this.#resolved ??= super.getConfigFor(handle));
  }
}

export function projectValidator(): HtmlValidate {
  const config = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as ConfigData;
  return new HtmlValidate(new ProjectRules(config));
}

/** Every message html-validate gives on `files` (paths relative to `dir`), one line each: `file:line:column rule: message`. */
export async function validationFailures(dir: string, files: readonly string[]): Promise<string[]> {
  const validator = projectValidator();
  const failures: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(dir, file));
    for (const result of report.results) {
      for (const message of result.messages) failures.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return failures;
}
