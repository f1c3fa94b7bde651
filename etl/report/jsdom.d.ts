// The part of jsdom the report's charts use (jsdom ships no types, and @types/jsdom is not a dependency).
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { document: Document };
  }
}
