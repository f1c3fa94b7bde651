// ru catalogue: the keys of en.js (tests/i18n.test.ts), in the same order.
export default {
};
