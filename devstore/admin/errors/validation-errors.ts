import { GraphQLEnumType, GraphQLScalarType, Kind, print, type ASTNode, type GraphQLError } from "graphql";
import type { DocumentIndex } from "./document-index";
import { validationError, type ShopifyError } from "./shopify-error";

/**
 * graphql-js validation errors translated into the messages, codes and extensions Shopify's
 * graphql-ruby returns (selectionMismatch, undefinedField, argumentNotAccepted,
 * missingRequiredArguments, argumentLiteralsIncompatible, variableNotUsed…). The translation
 * keys on graphql-js's message wording, which is stable within graphql 16.
 */

interface Translation {
  pattern: RegExp;
  translate: (match: RegExpExecArray, error: GraphQLError, index: DocumentIndex) => ShopifyError;
}

function operationLabel(index: DocumentIndex, node: ASTNode | undefined): string {
  const path = index.pathOf(node);
  const operation = path?.[0] ?? "query";
  return /^(query|mutation|subscription) /.test(operation) ? operation.replace(/^\w+ /, "") : `anonymous ${operation}`;
}

function namedType(typeString: string): string {
  return typeString.replace(/[[\]!]/g, "");
}

function selectionNames(node: ASTNode | undefined): string {
  if (node?.kind !== Kind.FIELD || !node.selectionSet) return "";
  return node.selectionSet.selections
    .map((selection) =>
      selection.kind === Kind.FIELD ? `"${selection.name.value}"` : `"${print(selection).split(/\s/)[0]}"`,
    )
    .join(", ");
}

/** An error at graphql-js's own node, with Shopify's path for it. */
function reported(error: GraphQLError, index: DocumentIndex, message: string, extensions: Record<string, unknown>) {
  const node = error.nodes?.[0];
  return validationError(message, node, index.pathOf(node), extensions);
}

/** The invalid-literal errors: graphql-js points at the value, Shopify at its holder. */
function literalError(error: GraphQLError, index: DocumentIndex, coercionMessage: string | null): ShopifyError {
  const node = error.nodes?.[0];
  const holder = index.info(node)?.holder;
  if (!holder)
    return validationError(error.message, node, index.pathOf(node), { code: "argumentLiteralsIncompatible" });
  if (coercionMessage !== null) {
    return validationError(coercionMessage, holder.anchor, holder.path, {
      code: "argumentLiteralsIncompatible",
      typeName: "CoercionError",
    });
  }
  const message =
    `Argument '${holder.name}' on ${holder.kind} '${holder.ownerName}' has an invalid value (${print(holder.value)}). ` +
    `Expected type '${holder.typeString}'.`;
  return validationError(message, holder.anchor, holder.path, {
    code: "argumentLiteralsIncompatible",
    typeName: holder.kind,
    argumentName: holder.name,
  });
}

const TRANSLATIONS: Translation[] = [
  {
    pattern: /^Cannot query field "(\w+)" on type "(\w+)"\./,
    translate: ([, fieldName, typeName], error, index) =>
      reported(error, index, `Field '${fieldName}' doesn't exist on type '${typeName}'`, {
        code: "undefinedField",
        typeName,
        fieldName,
      }),
  },
  {
    pattern: /^Field "(\w+)" of type "([^"]+)" must have a selection of subfields/,
    translate: ([, fieldName, typeString], error, index) => {
      const typeName = namedType(typeString);
      const message = `Field must have selections (field '${fieldName}' returns ${typeName} but has no selections. Did you mean '${fieldName} { ... }'?)`;
      return validationError(message, error.nodes?.[0], index.pathOf(error.nodes?.[0]), {
        code: "selectionMismatch",
        nodeName: `field '${fieldName}'`,
        typeName,
      });
    },
  },
  {
    pattern: /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\./,
    translate: ([, fieldName, typeString], error, index) => {
      const typeName = namedType(typeString);
      const field = index.fields.find((candidate) => candidate.selectionSet === error.nodes?.[0]);
      const kind = index.schema.getType(typeName) instanceof GraphQLEnumType ? "enums" : "scalars";
      const message = `Selections can't be made on ${kind} (field '${fieldName}' returns ${typeName} but has selections [${selectionNames(field)}])`;
      return validationError(message, field, index.pathOf(field), {
        code: "selectionMismatch",
        nodeName: `field '${fieldName}'`,
        typeName,
      });
    },
  },
  {
    pattern: /^Unknown argument "(\w+)" on field "\w+\.(\w+)"\./,
    translate: ([, argumentName, fieldName], error, index) =>
      reported(error, index, `Field '${fieldName}' doesn't accept argument '${argumentName}'`, {
        code: "argumentNotAccepted",
        name: fieldName,
        typeName: "Field",
        argumentName,
      }),
  },
  {
    pattern: /^Unknown argument "(\w+)" on directive "@(\w+)"\./,
    translate: ([, argumentName, directiveName], error, index) =>
      reported(error, index, `Directive '${directiveName}' doesn't accept argument '${argumentName}'`, {
        code: "argumentNotAccepted",
        name: directiveName,
        typeName: "Directive",
        argumentName,
      }),
  },
  {
    pattern: /^Field "(\w+)" is not defined by type "(\w+)"\./,
    translate: ([, argumentName, typeName], error, index) =>
      reported(error, index, `InputObject '${typeName}' doesn't accept argument '${argumentName}'`, {
        code: "argumentNotAccepted",
        name: typeName,
        typeName: "InputObject",
        argumentName,
      }),
  },
  {
    pattern: /^Field "(\w+)\.(\w+)" of required type "([^"]+)" was not provided\./,
    translate: ([, inputObjectType, argumentName, argumentType], error, index) => {
      const node = error.nodes?.[0];
      return validationError(
        `Argument '${argumentName}' on InputObject '${inputObjectType}' is required. Expected type ${argumentType}`,
        node,
        [...(index.pathOf(node) ?? []), argumentName],
        { code: "missingRequiredInputObjectAttribute", argumentName, argumentType, inputObjectType },
      );
    },
  },
  {
    pattern: /^Expected value of type "[^"]+", found .*?; (.*)$/s,
    translate: ([, coercionMessage], error, index) => literalError(error, index, coercionMessage),
  },
  {
    pattern: /^Expected value of type "[^"]+", found /,
    translate: (_match, error, index) => literalError(error, index, null),
  },
  {
    pattern: /^Variable "\$(\w+)" is never used/,
    translate: ([, variableName], error, index) => {
      const node = error.nodes?.[0];
      return validationError(
        `Variable $${variableName} is declared by ${operationLabel(index, node)} but not used`,
        node,
        index.pathOf(node),
        { code: "variableNotUsed", variableName },
      );
    },
  },
  {
    pattern: /^Variable "\$(\w+)" is not defined/,
    translate: ([, variableName], error, index) => {
      const usage = error.nodes?.[0];
      return validationError(
        `Variable $${variableName} is used by ${operationLabel(index, error.nodes?.[1] ?? usage)} but not declared`,
        usage,
        index.info(usage)?.holder?.path ?? index.pathOf(usage),
        { code: "variableNotDefined", variableName },
      );
    },
  },
  {
    pattern: /^Variable "\$(\w+)" of type "([^"]+)" used in position expecting type "([^"]+)"\./,
    translate: ([, variableName, variableType, expectedType], error, index) => {
      const usage = error.nodes?.[1];
      const holder = index.info(usage)?.holder;
      const nullability = variableType.replace(/!/g, "") === expectedType.replace(/!/g, "");
      const problem = nullability ? "Nullability mismatch" : "Type mismatch";
      const argumentName = holder?.name ?? "";
      return validationError(
        `${problem} on variable $${variableName} and argument ${argumentName} (${variableType} / ${expectedType})`,
        usage,
        holder?.path ?? index.pathOf(usage),
        { code: "variableMismatch", variableName, typeName: variableType, argumentName, errorMessage: problem },
      );
    },
  },
  {
    pattern: /^Unknown type "(\w+)"\./,
    translate: ([, typeName], error, index) => {
      const node = error.nodes?.[0];
      const variable = index.variableDefinitions.find((definition) => containsNode(definition.type, node));
      if (variable) {
        return validationError(
          `${typeName} isn't a defined input type (on $${variable.variable.name.value})`,
          variable,
          index.pathOf(variable),
          { code: "variableRequiresValidType", typeName, variableName: variable.variable.name.value },
        );
      }
      return validationError(
        `No such type ${typeName}, so it can't be a fragment condition`,
        node,
        index.pathOf(node),
        {
          code: "undefinedType",
          typeName,
        },
      );
    },
  },
  {
    pattern: /^Variable "\$(\w+)" cannot be non-input type "([^"]+)"\./,
    translate: ([, variableName, typeName], error, index) =>
      reported(error, index, `${typeName} isn't a valid input type (on $${variableName})`, {
        code: "variableRequiresValidType",
        typeName,
        variableName,
      }),
  },
  {
    pattern: /^Unknown fragment "(\w+)"\./,
    translate: ([, fragmentName], error, index) =>
      reported(error, index, `Fragment ${fragmentName} was used, but not defined`, {
        code: "useAndDefineFragment",
        fragmentName,
      }),
  },
  {
    pattern: /^Fragment "(\w+)" is never used\./,
    translate: ([, fragmentName], error, index) =>
      reported(error, index, `Fragment ${fragmentName} was defined, but not used`, {
        code: "useAndDefineFragment",
        fragmentName,
      }),
  },
  {
    pattern: /^There can be only one fragment named "(\w+)"\./,
    translate: ([, fragmentName], error, index) =>
      reported(error, index, `Fragment name "${fragmentName}" must be unique`, {
        code: "fragmentNamesAreUnique",
        fragmentName,
      }),
  },
  {
    pattern: /^There can be only one operation named "(\w+)"\./,
    translate: ([, operationName], error, index) =>
      reported(error, index, `Operation name "${operationName}" must be unique`, {
        code: "uniquelyNamedOperations",
        operationName,
      }),
  },
  {
    pattern: /^This anonymous operation must be the only defined operation\./,
    translate: (_match, error, index) =>
      reported(error, index, "Operation name is required when multiple operations are present", {
        code: "anonymousOperationNotAlone",
      }),
  },
  {
    pattern: /^Fragment (?:"(\w+)" )?cannot be spread here as objects of type "(\w+)" can never be of type "(\w+)"\./,
    translate: ([, fragmentName, parentType, fragmentType], error, index) =>
      validationError(
        `Fragment ${fragmentName ? `${fragmentName} ` : ""}on ${fragmentType} can't be spread inside ${parentType}`,
        error.nodes?.[0],
        index.pathOf(error.nodes?.[0]),
        {
          code: "cannotSpreadFragment",
          typeName: fragmentType,
          fragmentName: fragmentName ?? "unknown",
          parentName: parentType,
        },
      ),
  },
  {
    pattern: /^Fragment (?:"\w+" )?cannot condition on non composite type "(\w+)"\./,
    translate: ([, typeName], error, index) =>
      reported(error, index, `Invalid fragment on type ${typeName} (must be Union, Interface or Object)`, {
        code: "fragmentOnNonCompositeType",
        typeName,
      }),
  },
  {
    pattern: /^Cannot spread fragment "(\w+)" within itself/,
    translate: ([, fragmentName], error, index) =>
      reported(error, index, `Fragment ${fragmentName} contains an infinite loop`, {
        code: "infiniteLoop",
        fragmentName,
      }),
  },
  {
    pattern: /^There can be only one variable named "\$(\w+)"\./,
    translate: ([, variableName], error, index) =>
      reported(error, index, `There can only be one variable named "${variableName}"`, {
        code: "variableNotUnique",
        variableName,
      }),
  },
  {
    pattern: /^Unknown directive "@(\w+)"\./,
    translate: ([, directiveName], error, index) =>
      reported(error, index, `Directive @${directiveName} is not defined`, {
        code: "undefinedDirective",
        directiveName,
      }),
  },
  {
    pattern: /^Directive "@(\w+)" may not be used on (\w+)\./,
    translate: ([, directiveName, location], error, index) =>
      reported(error, index, `'@${directiveName}' can't be applied to ${location.toLowerCase()}`, {
        code: "directiveCannotBeApplied",
        targetName: location.toLowerCase(),
        name: directiveName,
      }),
  },
  {
    pattern: /^The directive "@(\w+)" can only be used once at this location\./,
    translate: ([, directiveName], error, index) =>
      reported(error, index, `The directive "${directiveName}" can only be used once at this location.`, {
        code: "directiveNotUniqueForLocation",
        directiveName,
      }),
  },
  {
    pattern: /^There can be only one argument named "(\w+)"\./,
    translate: ([, name], error, index) =>
      reported(error, index, `There can be only one argument named "${name}"`, {
        code: "argumentNotUnique",
        name,
      }),
  },
  {
    pattern: /^There can be only one input field named "(\w+)"\./,
    translate: ([, name], error, index) =>
      reported(error, index, `There can be only one input field named "${name}"`, {
        code: "inputFieldNotUnique",
        name,
      }),
  },
  {
    pattern: /^Fields "(\w+)" conflict because (.*)\. Use different aliases/s,
    translate: ([, fieldName, reason], error, index) =>
      reported(error, index, `Field '${fieldName}' has a field conflict: ${reason}`, {
        code: "fieldConflict",
        fieldName,
      }),
  },
];

const VALUE_KINDS = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);

/** A literal that a scalar or enum refused while parsing it: graphql-js reports the parser's own message. */
function isRejectedLiteral(error: GraphQLError, index: DocumentIndex): boolean {
  const node = error.nodes?.[0];
  return node !== undefined && VALUE_KINDS.has(node.kind) && index.info(node)?.holder != null;
}

/** Shopify's own scalars (URL, DateTime…) explain the problem; built-in scalars and enums do not. */
function isCustomScalarLiteral(error: GraphQLError, index: DocumentIndex): boolean {
  const holder = index.info(error.nodes?.[0])?.holder;
  const type = holder ? index.schema.getType(namedType(holder.typeString)) : undefined;
  return type instanceof GraphQLScalarType && !["String", "Int", "Float", "Boolean", "ID"].includes(type.name);
}

function containsNode(root: ASTNode, node: ASTNode | undefined): boolean {
  if (!node?.loc || !root.loc) return false;
  return node.loc.start >= root.loc.start && node.loc.end <= root.loc.end;
}

/** Missing required arguments come one per argument from graphql-js; Shopify lists them together. */
const MISSING_ARGUMENT =
  /^(Field|Directive) "@?(\w+)" argument "(\w+)" of type "[^"]+" is required, but it was not provided\./;

function missingArguments(
  errors: readonly GraphQLError[],
  index: DocumentIndex,
): Map<GraphQLError, ShopifyError | null> {
  const grouped = new Map<ASTNode, { kind: string; name: string; names: string[]; first: GraphQLError }>();
  const result = new Map<GraphQLError, ShopifyError | null>();
  for (const error of errors) {
    const match = MISSING_ARGUMENT.exec(error.message);
    const node = error.nodes?.[0];
    if (!match || !node) continue;
    const group = grouped.get(node);
    if (group) {
      group.names.push(match[3]);
      result.set(error, null);
    } else {
      grouped.set(node, { kind: match[1], name: match[2], names: [match[3]], first: error });
    }
  }
  for (const [node, group] of grouped) {
    const arguments_ = group.names.join(", ");
    result.set(
      group.first,
      validationError(
        `${group.kind} '${group.name}' is missing required arguments: ${arguments_}`,
        node,
        index.pathOf(node),
        {
          code: "missingRequiredArguments",
          className: group.kind,
          name: group.name,
          arguments: arguments_,
        },
      ),
    );
  }
  return result;
}

export function translateValidationErrors(errors: readonly GraphQLError[], index: DocumentIndex): ShopifyError[] {
  const grouped = missingArguments(errors, index);
  const translated: ShopifyError[] = [];
  for (const error of errors) {
    if (grouped.has(error)) {
      const entry = grouped.get(error);
      if (entry) translated.push(entry);
      continue;
    }
    const translation = TRANSLATIONS.map((candidate) => ({
      candidate,
      match: candidate.pattern.exec(error.message),
    })).find(({ match }) => match);
    if (translation?.match) {
      translated.push(translation.candidate.translate(translation.match, error, index));
    } else if (isRejectedLiteral(error, index)) {
      translated.push(literalError(error, index, isCustomScalarLiteral(error, index) ? error.message : null));
    } else {
      const node = error.nodes?.[0];
      translated.push(validationError(error.message, node, index.pathOf(node), { code: "validationFailed" }));
    }
  }
  return translated;
}
