// CloudFormation intrinsic functions against local values: what `Ref` and `Fn::GetAtt` mean once
// the twins are up. Unknown references fail loudly with the path that needs them.
import type { Template, TemplateJson } from './cloud-assembly.ts';

export interface LocalValues {
  /** logical id → the value `Ref` gives (table name, user pool id, …) */
  refs: Record<string, string>;
  /** `LogicalId.Attribute` → the value `Fn::GetAtt` gives */
  attributes: Record<string, string>;
  parameters: Record<string, string>;
  region: string;
  accountId: string;
  stackName: string;
  /**
   * Hosts of twins that stand in for HTTPS-only services (CloudFront, OpenSearch) but speak plain HTTP
   * on loopback: an `https://<host>` built by Fn::Join or Fn::Sub reads `http://<host>` locally.
   */
  plainHttpHosts?: readonly string[];
}

/** Resolved template JSON is as open-ended as the template: callers read the fields they know. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- resolves any property value
export type Resolve = (value: unknown) => any;

export function createResolver(template: Template, values: LocalValues): Resolve {
  const pseudo: Record<string, string> = {
    'AWS::Region': values.region,
    'AWS::AccountId': values.accountId,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
    'AWS::StackName': values.stackName,
    'AWS::NoValue': '',
  };
  const ref = (name: string): string => {
    if (name in pseudo) return pseudo[name] as string;
    if (name in values.parameters) return values.parameters[name] as string;
    const parameter = template.Parameters?.[name];
    if (parameter?.Default !== undefined) return parameter.Default;
    if (name in values.refs) return values.refs[name] as string;
    throw new Error(`Ref ${name}: no local value for it`);
  };
  // A Ref to a CommaDelimitedList (or List<…>) parameter is a list, as in CloudFormation.
  const listParameter = (name: string): boolean => {
    const type = template.Parameters?.[name]?.Type ?? '';
    return type === 'CommaDelimitedList' || type.startsWith('List<');
  };
  const getAtt = (target: unknown): string => {
    const [id, attribute] = Array.isArray(target) ? target : String(target).split('.');
    const key = `${id}.${attribute}`;
    if (key in values.attributes) return values.attributes[key] as string;
    throw new Error(`Fn::GetAtt ${key}: no local value for it`);
  };
  const sub = (input: unknown): string => {
    const [text, vars] = Array.isArray(input)
      ? [input[0] as string, (input[1] ?? {}) as Record<string, unknown>]
      : [input as string, {}];
    return text.replace(/\$\{([^}!]+)\}/g, (_, name: string) => {
      if (name in vars) return String(resolve(vars[name]));
      return name.includes('.') ? getAtt(name) : ref(name);
    });
  };
  const plain = (text: string): string =>
    (values.plainHttpHosts ?? []).reduce((t, host) => t.split(`https://${host}`).join(`http://${host}`), text);
  const resolve: Resolve = (value) => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1) {
      const [fn, arg] = entries[0] as [string, TemplateJson[string]];
      if (fn === 'Ref') return listParameter(arg) ? ref(arg).split(',') : ref(arg);
      if (fn === 'Fn::GetAtt') return getAtt(arg);
      if (fn === 'Fn::Sub') return plain(sub(arg));
      if (fn === 'Fn::Join') return plain((resolve(arg[1]) as unknown[]).join(arg[0]));
      if (fn === 'Fn::Select') return (resolve(arg[1]) as unknown[])[Number(resolve(arg[0]))];
      if (fn === 'Fn::Split') return String(resolve(arg[1])).split(arg[0]);
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, resolve(v)]));
  };
  return resolve;
}
