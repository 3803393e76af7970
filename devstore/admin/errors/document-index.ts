import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type ValueNode,
  type VariableDefinitionNode,
} from "graphql";

/**
 * Where each node of a document sits, in the terms Shopify (graphql-ruby) reports errors
 * with: the path ("query Name", response keys, argument and input field names), and for
 * values the argument or input field holding them.
 */

/** The argument (of a field or directive) or input-object field a value is given for. */
export interface ValueHolder {
  kind: "Field" | "Directive" | "InputObject";
  /** The field, directive or input object type the value belongs to. */
  ownerName: string;
  /** The argument or input field name. */
  name: string;
  /** Its declared type, e.g. "ProductCreateInput!". */
  typeString: string;
  /** The whole value given for it. */
  value: ValueNode;
  /** Where Shopify points for an invalid value: the field, directive or enclosing input object. */
  anchor: ASTNode;
  path: string[];
}

export interface NodeInfo {
  path: string[];
  holder: ValueHolder | null;
}

export class DocumentIndex {
  private readonly nodes = new Map<ASTNode, NodeInfo>();
  readonly fields: FieldNode[] = [];
  readonly variableDefinitions: VariableDefinitionNode[] = [];

  constructor(
    readonly schema: GraphQLSchema,
    document: DocumentNode,
  ) {
    const typeInfo = new TypeInfo(schema);
    const path: string[] = [];
    const holders: ValueHolder[] = [];
    const anchors: ASTNode[] = [];
    const record = (node: ASTNode) =>
      this.nodes.set(node, { path: [...path], holder: holders[holders.length - 1] ?? null });

    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        enter: (node) => {
          switch (node.kind) {
            case Kind.OPERATION_DEFINITION:
              path.push(node.name ? `${node.operation} ${node.name.value}` : node.operation);
              break;
            case Kind.FRAGMENT_DEFINITION:
              path.push(`fragment ${node.name.value}`);
              break;
            case Kind.INLINE_FRAGMENT:
              path.push(node.typeCondition ? `... on ${node.typeCondition.name.value}` : "...");
              break;
            case Kind.FIELD:
              path.push(node.alias?.value ?? node.name.value);
              anchors.push(node);
              this.fields.push(node);
              break;
            case Kind.VARIABLE_DEFINITION:
              this.variableDefinitions.push(node);
              break;
            case Kind.DIRECTIVE:
              anchors.push(node);
              break;
            case Kind.ARGUMENT: {
              path.push(node.name.value);
              const owner = anchors[anchors.length - 1];
              const ownerName =
                owner && (owner.kind === Kind.FIELD || owner.kind === Kind.DIRECTIVE) ? owner.name.value : "";
              holders.push({
                kind: owner?.kind === Kind.DIRECTIVE ? "Directive" : "Field",
                ownerName,
                name: node.name.value,
                typeString: String(typeInfo.getInputType() ?? ""),
                value: node.value,
                anchor: owner ?? node,
                path: [...path],
              });
              break;
            }
            case Kind.OBJECT_FIELD: {
              path.push(node.name.value);
              const objectType = typeInfo.getParentInputType();
              holders.push({
                kind: "InputObject",
                ownerName: objectType ? String(objectType) : "",
                name: node.name.value,
                typeString: String(typeInfo.getInputType() ?? ""),
                value: node.value,
                anchor: anchors[anchors.length - 1],
                path: [...path],
              });
              break;
            }
            case Kind.OBJECT:
              record(node);
              anchors.push(node);
              return;
          }
          record(node);
        },
        leave: (node) => {
          switch (node.kind) {
            case Kind.OPERATION_DEFINITION:
            case Kind.FRAGMENT_DEFINITION:
            case Kind.INLINE_FRAGMENT:
              path.pop();
              break;
            case Kind.FIELD:
              path.pop();
              anchors.pop();
              break;
            case Kind.DIRECTIVE:
            case Kind.OBJECT:
              anchors.pop();
              break;
            case Kind.ARGUMENT:
            case Kind.OBJECT_FIELD:
              path.pop();
              holders.pop();
              break;
          }
        },
      }),
    );
  }

  info(node: ASTNode | undefined): NodeInfo | undefined {
    return node ? this.nodes.get(node) : undefined;
  }

  pathOf(node: ASTNode | undefined): string[] | undefined {
    return this.info(node)?.path;
  }
}
