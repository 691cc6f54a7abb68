// Preloaded into the cognito-local child (`node --require`): exit when the parent's end of stdin
// closes, so a crashed or SIGKILLed parent never leaves an orphaned cognito-local behind.
'use strict';
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
