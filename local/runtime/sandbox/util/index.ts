// The `util` object resolver code sees: exactly the APPSYNC_JS surface
// (https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html),
// nothing from VTL ($util.toJson, isNull, ...), which the JS runtime does not have.
import { authType } from './auth-type.ts';
import { dynamodb } from './dynamodb.ts';
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from './encoding.ts';
import { appendError, error, unauthorized } from './errors.ts';
import { addResponseHeader, addResponseHeaders, copyHeaders } from './http.ts';
import { autoId, autoKsuid, autoUlid } from './ids.ts';
import { matches } from './matches.ts';
import { maxVal, minVal, randomDouble, randomWithinRange, roundNum } from './math.ts';
import { normalize } from './str.ts';
import {
  epochMilliSecondsToFormatted,
  epochMilliSecondsToISO8601,
  epochMilliSecondsToSeconds,
  nowEpochMilliSeconds,
  nowEpochSeconds,
  nowFormatted,
  nowISO8601,
  parseFormattedToEpochMilliSeconds,
  parseISO8601ToEpochMilliSeconds,
} from './time.ts';
import { transform } from './transform/index.ts';
import { toJsonString, toMap } from './xml.ts';

export const util = {
  urlEncode,
  urlDecode,
  base64Encode,
  base64Decode,
  escapeJavaScript,
  autoId,
  autoUlid,
  autoKsuid,
  error,
  appendError,
  unauthorized,
  matches,
  authType,
  time: {
    nowISO8601,
    nowEpochSeconds,
    nowEpochMilliSeconds,
    nowFormatted,
    parseFormattedToEpochMilliSeconds,
    parseISO8601ToEpochMilliSeconds,
    epochMilliSecondsToSeconds,
    epochMilliSecondsToISO8601,
    epochMilliSecondsToFormatted,
  },
  str: { normalize },
  math: { roundNum, minVal, maxVal, randomDouble, randomWithinRange },
  dynamodb,
  transform,
  http: { copyHeaders, addResponseHeader, addResponseHeaders },
  xml: { toMap, toJsonString },
};
