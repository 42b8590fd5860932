// The few DOM members chronicle reads from a parsed page. The server is not
// compiled with the DOM library (it has no window, and `document` must not
// type-check there), so linkedom's nodes are described here by shape.
export interface PageNode {
  nodeType: number;
  textContent: string | null;
  childNodes: Iterable<PageNode>;
}

export interface PageElement extends PageNode {
  tagName: string;
  getAttribute(name: string): string | null;
}

export interface PageDocument {
  documentElement: PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
