import { describe, expect, it } from 'vitest';
import type { Template } from './cloud-assembly.ts';
import { parseParameterOverrides } from './parameters.ts';

const template: Template = {
  Parameters: {
    Introspection: { Type: 'String', Default: 'DISABLED', AllowedValues: ['ENABLED', 'DISABLED'] },
    UnpaidOrderMinutes: { Type: 'Number', Default: '30', MinValue: 1, MaxValue: 1440 },
    SearchInstanceType: {
      Type: 'String',
      Default: 't3.small.search',
      AllowedPattern: '[a-z0-9]+\\.[a-z0-9]+\\.search',
    },
    BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>' },
  },
  Resources: {},
};

describe('--parameters Name=Value', () => {
  it('takes Name=Value and cdk’s Stack:Name=Value', () => {
    expect(parseParameterOverrides(template, ['Introspection=ENABLED', 'ShopStack:UnpaidOrderMinutes=1'])).toEqual({
      values: { Introspection: 'ENABLED', UnpaidOrderMinutes: '1' },
    });
    expect(parseParameterOverrides(template, [])).toEqual({ values: {} });
  });

  it('refuses what CloudFormation would refuse at deploy time, naming the parameter', () => {
    const error = (pairs: string[]) => (parseParameterOverrides(template, pairs) as { error: string }).error;
    expect(error(['Nope=1'])).toMatch(/Nope: the template has no such parameter \(it has Introspection, /);
    expect(error(['Nope=1'])).not.toMatch(/BootstrapVersion/);
    expect(error(['Introspection'])).toMatch(/expected Name=Value/);
    expect(error(['Introspection=yes'])).toMatch(/Introspection=yes: must be one of ENABLED, DISABLED/);
    expect(error(['UnpaidOrderMinutes=soon'])).toMatch(/must be a number/);
    expect(error(['UnpaidOrderMinutes=0'])).toMatch(/must be at least 1/);
    expect(error(['UnpaidOrderMinutes=1441'])).toMatch(/must be at most 1440/);
    // AllowedPattern matches the whole value, as CloudFormation does
    expect(error(['SearchInstanceType=x.t3.small.search.y'])).toMatch(/must match/);
    expect(parseParameterOverrides(template, ['SearchInstanceType=m7g.large.search'])).toEqual({
      values: { SearchInstanceType: 'm7g.large.search' },
    });
  });
});
