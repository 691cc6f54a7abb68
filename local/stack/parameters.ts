// `npm start -- --parameters Name=Value`: template parameter overrides checked as CloudFormation checks
// them at deploy time (a name the template does not declare, a value outside AllowedValues or
// AllowedPattern, a Number that is not one or is out of range), so a local run fails where a deploy would.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
import type { Template, TemplateParameter } from './cloud-assembly.ts';

export type ParameterOverrides = { values: Record<string, string> } | { error: string };

/** `Name=Value` or cdk's `Stack:Name=Value`, as `cdk deploy --parameters` takes them. */
export function parseParameterOverrides(template: Template, pairs: readonly string[]): ParameterOverrides {
  const values: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return { error: `--parameters ${pair}: expected Name=Value` };
    const name = pair.slice(0, eq).split(':').pop() as string;
    const value = pair.slice(eq + 1);
    const declared = template.Parameters?.[name] as TemplateParameter | undefined;
    if (!declared) {
      const known = Object.keys(template.Parameters ?? {}).filter((p) => !p.startsWith('BootstrapVersion'));
      return { error: `--parameters ${name}: the template has no such parameter (it has ${known.join(', ')})` };
    }
    const problem = checkValue(declared, value);
    if (problem) return { error: `--parameters ${name}=${value}: ${problem}` };
    values[name] = value;
  }
  return { values };
}

function checkValue(declared: TemplateParameter, value: string): string | undefined {
  if (declared.AllowedValues && !declared.AllowedValues.map(String).includes(value))
    return `must be one of ${declared.AllowedValues.join(', ')}`;
  if (declared.AllowedPattern && !new RegExp(`^(?:${declared.AllowedPattern})$`).test(value))
    return `must match ${declared.AllowedPattern}`;
  if (declared.MinLength !== undefined && value.length < Number(declared.MinLength))
    return `must be at least ${declared.MinLength} characters`;
  if (declared.MaxLength !== undefined && value.length > Number(declared.MaxLength))
    return `must be at most ${declared.MaxLength} characters`;
  if (declared.Type === 'Number') {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) return 'must be a number';
    if (declared.MinValue !== undefined && n < Number(declared.MinValue))
      return `must be at least ${declared.MinValue}`;
    if (declared.MaxValue !== undefined && n > Number(declared.MaxValue)) return `must be at most ${declared.MaxValue}`;
  }
  return undefined;
}
