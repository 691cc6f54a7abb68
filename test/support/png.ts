// TEST HELPER — real PNG bytes for uploads: the same encoder that draws the demo catalog's pictures.
export { makePng } from '../../local/start/index.ts';
