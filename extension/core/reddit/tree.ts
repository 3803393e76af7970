/**
 * Walking Reddit's comment trees. Replies nest inside the element of the comment they answer in
 * every markup but the 2018–2023 redesign, so a comment's own parts must be told from its replies'.
 */

/** The first child element (not deeper) that `test` accepts. */
export function ownChild(element: Element, test: (child: Element) => boolean): Element | null {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (test(child)) return child;
  }
  return null;
}

/** How many ancestors of `element` `isComment` accepts: a comment's depth when its replies nest inside it. */
export function nestingDepth(element: Element, isComment: (ancestor: Element) => boolean): number {
  let depth = 0;
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (isComment(ancestor)) depth++;
  }
  return depth;
}

/** The first element under `root` matching `selector` whose closest `owner` ancestor is `root` itself. */
export function ownDescendant(root: Element, selector: string, owner: string): Element | null {
  for (const candidate of root.querySelectorAll(selector)) {
    if (candidate.closest(owner) === root) return candidate;
  }
  return null;
}
