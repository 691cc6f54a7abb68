// Cognito's JSON 1.1 error shape (`{"__type", "message"}` plus the x-amzn-ErrorType header), as values.
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/CommonErrors.html

export interface CognitoError {
  status: number;
  type: string;
  message: string;
}

export const cognitoError = (status: number, type: string, message: string): CognitoError => ({
  status,
  type,
  message,
});

/** The body and headers of an error answer. */
export function errorResponse(error: CognitoError): { headers: Record<string, string>; body: string } {
  return {
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': error.type },
    body: JSON.stringify({ __type: error.type, message: error.message }),
  };
}
