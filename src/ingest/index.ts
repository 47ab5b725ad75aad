export { InputError, makeArticle, articleId, parseAbsoluteDate } from './article.js';
export { splitCapture } from './capture-text.js';
export { decodeText, MAX_INPUT_BYTES } from './decode.js';
export { parseInput, formatOf } from './parse-input.js';
