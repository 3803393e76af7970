import { Tag, type Liquid, type TagToken, type TopLevelToken } from "liquidjs";
import { takeRawBlock } from "./raw-block";

/** `{% schema %}…{% endschema %}`: read from the file by extensions/block-schema.ts, renders nothing. */
export class SchemaTag extends Tag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    takeRawBlock(token, remainTokens);
  }

  render() {
    return "";
  }
}
