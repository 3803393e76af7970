import {
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSkipDirective,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isLeafType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import {
  CONNECTION_BASE_COST,
  FREE_FIELDS,
  FREE_TYPES,
  MUTATION_COST,
  ROOT_COUNT_COST,
  connectionPageSize,
} from "./cost-rules";

/**
 * Query cost as Shopify computes it (rules in cost-rules.ts). The requested cost is static:
 * connections are charged for the page size asked for. The actual cost walks the response
 * too: connections are charged for the nodes returned, and nothing below a null object.
 */

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values (defaults applied). */
  variables: Record<string, unknown>;
}

type Data = Record<string, unknown> | null | undefined;

/** Fields selected on one object type, grouped by response key (same key, one field). */
type FieldGroups = Map<string, FieldNode[]>;

class CostWalker {
  constructor(
    private readonly input: CostInput,
    /** Walks the response alongside the query: the actual cost. */
    private readonly actual: boolean,
  ) {}

  operationCost(data: Data): number {
    const { schema, operation } = this.input;
    const root = operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
    if (!root) return 1;
    // Shopify charges at least 1, even when @skip leaves nothing to run.
    return Math.max(1, this.selectionCost([operation.selectionSet], root, data));
  }

  private included(node: FieldNode | { directives?: FieldNode["directives"] }): boolean {
    const { variables } = this.input;
    const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
    return include?.if !== false;
  }

  private conditionMatches(condition: string | undefined, type: GraphQLObjectType): boolean {
    if (!condition || condition === type.name) return true;
    const conditionType = this.input.schema.getType(condition);
    return (
      conditionType !== undefined && isAbstractType(conditionType) && this.input.schema.isSubType(conditionType, type)
    );
  }

  private collect(
    selectionSets: readonly SelectionSetNode[],
    type: GraphQLObjectType,
    groups: FieldGroups = new Map(),
  ): FieldGroups {
    for (const selectionSet of selectionSets) {
      for (const selection of selectionSet.selections) {
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          groups.set(key, [...(groups.get(key) ?? []), selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (this.conditionMatches(selection.typeCondition?.name.value, type))
            this.collect([selection.selectionSet], type, groups);
        } else {
          const fragment = this.input.fragments[selection.name.value];
          if (fragment && this.conditionMatches(fragment.typeCondition.name.value, type)) {
            this.collect([fragment.selectionSet], type, groups);
          }
        }
      }
    }
    return groups;
  }

  /** Interfaces and unions cost what their costliest possible type selects. */
  private selectionCost(selectionSets: readonly SelectionSetNode[], type: GraphQLCompositeType, data: Data): number {
    if (type instanceof GraphQLObjectType) return this.fieldsCost(this.collect(selectionSets, type), type, data);
    return Math.max(
      0,
      ...this.input.schema
        .getPossibleTypes(type)
        .map((possible) => this.fieldsCost(this.collect(selectionSets, possible), possible, data)),
    );
  }

  private fieldsCost(groups: FieldGroups, type: GraphQLObjectType, data: Data): number {
    let total = 0;
    for (const [key, nodes] of groups) total += this.fieldCost(key, nodes, type, data);
    return total;
  }

  private fieldDefinition(type: GraphQLObjectType, name: string): GraphQLField<unknown, unknown> | undefined {
    if (name === "__type") return TypeMetaFieldDef;
    if (name === "__schema") return SchemaMetaFieldDef;
    return type.getFields()[name];
  }

  private fieldCost(key: string, nodes: FieldNode[], parent: GraphQLObjectType, data: Data): number {
    const name = nodes[0].name.value;
    const definition = this.fieldDefinition(parent, name);
    if (!definition) return 0;
    const type = getNamedType(definition.type);
    if (isLeafType(type)) return 0;
    const value = this.actual ? data?.[key] : undefined;
    const selections = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    const { schema } = this.input;

    if (parent === schema.getMutationType()) return MUTATION_COST + this.payloadCost(selections, type, value as Data);
    if (parent === schema.getQueryType() && type.name === "Count") return ROOT_COUNT_COST;
    if (isConnection(type)) return this.connectionCost(nodes[0], selections, type, value);

    const own = FREE_TYPES.has(type.name) || FREE_FIELDS.has(`${parent.name}.${name}`) ? 0 : 1;
    if (this.actual && value == null) return own;
    return own + this.selectionCost(selections, type as GraphQLCompositeType, firstOf(value));
  }

  /** A mutation payload: the objects it returns are paid for by the mutation, what they select is not. */
  private payloadCost(selections: readonly SelectionSetNode[], payload: GraphQLNamedType, data: Data): number {
    if (!(payload instanceof GraphQLObjectType) || (this.actual && data == null)) return 0;
    let total = 0;
    for (const [key, nodes] of this.collect(selections, payload)) {
      const definition = payload.getFields()[nodes[0].name.value];
      if (!definition) continue;
      const type = getNamedType(definition.type);
      if (isLeafType(type)) continue;
      const value = this.actual ? data?.[key] : undefined;
      const children = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      if (isConnection(type)) total += this.connectionCost(nodes[0], children, type, value);
      else if (!this.actual || value != null)
        total += this.selectionCost(children, type as GraphQLCompositeType, firstOf(value));
    }
    return total;
  }

  private connectionCost(
    node: FieldNode,
    selections: readonly SelectionSetNode[],
    connection: GraphQLObjectType,
    value: unknown,
  ): number {
    const nodeType = getNamedType(connection.getFields().nodes?.type ?? connection.getFields().edges.type);
    const edgeType = getNamedType(connection.getFields().edges.type) as GraphQLObjectType;
    const items = this.actual ? itemsOf(value) : [undefined];
    let perItem = 0;
    for (const item of items.length ? items : [null]) {
      let itemCost = 0;
      for (const [, fields] of this.collect(selections, connection)) {
        const field = fields[0].name.value;
        const children = fields.flatMap((child) => (child.selectionSet ? [child.selectionSet] : []));
        if (field === "nodes") {
          itemCost += 1 + (item === null ? 0 : this.selectionCost(children, nodeType as GraphQLCompositeType, item));
        } else if (field === "edges") {
          const nodeFields = [...this.collect(children, edgeType)].filter(
            ([, edgeFields]) => edgeFields[0].name.value === "node",
          );
          if (!nodeFields.length) continue;
          const nodeSelections = nodeFields.flatMap(([, edgeFields]) =>
            edgeFields.flatMap((edge) => (edge.selectionSet ? [edge.selectionSet] : [])),
          );
          itemCost +=
            1 + (item === null ? 0 : this.selectionCost(nodeSelections, nodeType as GraphQLCompositeType, item));
        }
      }
      perItem = Math.max(perItem, itemCost);
    }
    const size = this.actual ? itemsOf(value).length : this.pageSize(node);
    return CONNECTION_BASE_COST + connectionPageSize(size) * perItem;
  }

  private pageSize(node: FieldNode): number {
    for (const name of ["first", "last"]) {
      const argument = node.arguments?.find((candidate) => candidate.name.value === name);
      if (!argument) continue;
      if (argument.value.kind === Kind.INT) return Number(argument.value.value);
      if (argument.value.kind === Kind.VARIABLE) {
        const size = this.input.variables[argument.value.name.value];
        if (typeof size === "number") return size;
      }
    }
    return 0;
  }
}

function isConnection(type: GraphQLNamedType): type is GraphQLObjectType {
  return (
    type instanceof GraphQLObjectType &&
    type.name.endsWith("Connection") &&
    "pageInfo" in type.getFields() &&
    "edges" in type.getFields()
  );
}

/** The nodes a connection returned (from `nodes` or `edges`), for the actual cost. */
function itemsOf(value: unknown): Data[] {
  if (typeof value !== "object" || value === null) return [];
  const connection = value as { nodes?: Data[]; edges?: { node?: Data }[] };
  if (Array.isArray(connection.nodes)) return connection.nodes;
  if (Array.isArray(connection.edges)) return connection.edges.map((edge) => edge?.node);
  return [];
}

/** A list field is charged like one element of it. */
function firstOf(value: unknown): Data {
  if (Array.isArray(value)) return (value.find((item) => item != null) ?? null) as Data;
  return value as Data;
}

export function requestedQueryCost(input: CostInput): number {
  return new CostWalker(input, false).operationCost(undefined);
}

export function actualQueryCost(input: CostInput, data: Record<string, unknown> | null | undefined): number {
  return new CostWalker(input, true).operationCost(data ?? null);
}
