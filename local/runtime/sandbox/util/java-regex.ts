// Java regular expressions for APPSYNC_JS: string patterns given to replace/replaceAll and
// util.matches follow java.util.regex.Pattern, so they are translated to native RegExp objects.

import { translateJavaPattern } from './java-regex-translate.ts';

// Captured at load: resolver code (and lockdown) may leave no usable global RegExp.
const NativeRegExp = RegExp;
const CACHE_LIMIT = 200;
const cache = new Map<string, RegExp>();

function compile(key: string, build: () => RegExp): RegExp {
  const cached = cache.get(key);
  if (cached) {
    cached.lastIndex = 0; // shared global/sticky regexps must start from the beginning
    return cached;
  }
  const regexp = build();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, regexp);
  return regexp;
}

function build(source: string, flags: string): RegExp {
  try {
    return new NativeRegExp(source, flags);
  } catch (err) {
    throw new Error(`Unsupported or invalid Java regular expression: ${(err as Error).message}`);
  }
}

/** Compile a java Pattern string; `flags` are extra JS flags such as `g`. Throws on an invalid pattern. */
export function javaPatternToRegExp(pattern: string, flags: string): RegExp {
  return compile(`${flags}\u0000${pattern}`, () => {
    const t = translateJavaPattern(pattern, NativeRegExp);
    return build(t.source, t.flags + flags);
  });
}

/** Like Matcher.matches(): the pattern must match the whole input. */
export function javaPatternToWholeMatchRegExp(pattern: string): RegExp {
  return compile(`whole\u0000${pattern}`, () => {
    const t = translateJavaPattern(pattern, NativeRegExp);
    return build(`(?<![\\s\\S])(?:${t.source})(?![\\s\\S])`, t.flags);
  });
}

/** `${name}` in java's replacement syntax. */
function namedReference(chars: string[], start: number): [string, number] {
  const end = chars.indexOf('}', start);
  const name = end < 0 ? '' : chars.slice(start, end).join('');
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name))
    throw new Error('Illegal group reference: named capturing group is missing trailing }');
  return [`$<${name}>`, end + 1];
}

/**
 * Java Matcher replacement (`$1`, `${name}`, `\` escapes the next character) to JS replacement
 * syntax (`$1`, `$<name>`, `$&` for group 0, `$$` for a literal dollar).
 */
export function javaReplacementToJs(replacement: string): string {
  const chars = Array.from(replacement);
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    i += 1;
    if (ch === '\\') {
      if (i >= chars.length) throw new Error('character to be escaped is missing');
      out += chars[i] === '$' ? '$$' : chars[i];
      i += 1;
    } else if (ch !== '$') {
      out += ch;
    } else if (chars[i] === '{') {
      const [ref, next] = namedReference(chars, i + 1);
      out += ref;
      i = next;
    } else if (chars[i] !== undefined && /^[0-9]$/.test(chars[i]!)) {
      out += chars[i] === '0' ? '$&' : `$${chars[i]}`;
      i += 1;
    } else {
      throw new Error(
        i >= chars.length ? 'Illegal group reference: group index is missing' : 'Illegal group reference',
      );
    }
  }
  return out;
}
