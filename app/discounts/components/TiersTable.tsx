import { BlockStack, Box, Button, InlineGrid, Select, Text, TextField } from "@shopify/polaris";
import { MAX_TIERS, MAX_TIME_TIERS } from "../../../storefront/tiered-discount/src/tiered-discount-limits";
import type { TierKind } from "../tiered-discount-draft";
import type { TierRow } from "../tiered-discount-form";
import { newTierRow } from "../tiered-discount-form-values";

/**
 * The tiers table: one row per tier, its columns by kind, rows added and removed in place.
 * Errors come keyed `tiers.<row>.<column>`, the table's own (too many, overlap) as `tiers`.
 */
export function TiersTable({
  kind,
  rows,
  onChange,
  errors,
  currency,
  timeZone,
  defaultStart,
}: {
  kind: TierKind;
  rows: TierRow[];
  onChange: (rows: TierRow[]) => void;
  errors: Record<string, string>;
  currency: string;
  timeZone: string;
  /** Where a first time tier starts when the table is empty. */
  defaultStart: string;
}) {
  const max = kind === "time" ? MAX_TIME_TIERS : MAX_TIERS;
  const setCell = (index: number, column: keyof TierRow, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [column]: value } : row)));
  const error = (index: number, column: keyof TierRow) => errors[`tiers.${index}.${column}`];

  return (
    <BlockStack gap="300">
      {kind === "time" && (
        <Text as="p" tone="subdued">
          Times are in the shop&apos;s time zone, {timeZone}. A tier runs from its start up to its end; the next may
          start when it ends.
        </Text>
      )}
      {rows.map((row, i) => (
        <Box key={i} paddingBlockEnd="200" borderBlockEndWidth="025" borderColor="border">
          <BlockStack gap="200">
            <Text as="h3" variant="headingSm">
              Tier {i + 1}
            </Text>
            <InlineGrid columns={{ xs: 1, md: 3 }} gap="200">
              {kind === "time" ? (
                <>
                  <TextField
                    label="Starts"
                    type="datetime-local"
                    autoComplete="off"
                    value={row.startsAt}
                    onChange={(value) => setCell(i, "startsAt", value)}
                    error={error(i, "startsAt")}
                  />
                  <TextField
                    label="Ends"
                    type="datetime-local"
                    autoComplete="off"
                    value={row.endsAt}
                    onChange={(value) => setCell(i, "endsAt", value)}
                    error={error(i, "endsAt")}
                  />
                  <TextField
                    label="Percentage off"
                    suffix="%"
                    inputMode="decimal"
                    autoComplete="off"
                    value={row.value}
                    onChange={(value) => setCell(i, "value", value)}
                    error={error(i, "value")}
                  />
                </>
              ) : (
                <>
                  <TextField
                    label={kind === "quantity" ? "From quantity" : "From order subtotal"}
                    suffix={kind === "quantity" ? "items" : currency}
                    inputMode={kind === "quantity" ? "numeric" : "decimal"}
                    autoComplete="off"
                    value={row.minimum}
                    onChange={(value) => setCell(i, "minimum", value)}
                    error={error(i, "minimum")}
                  />
                  <Select
                    label="Discount"
                    options={[
                      { label: "Percentage off", value: "percentage" },
                      {
                        label:
                          kind === "quantity"
                            ? `Amount off each item (${currency})`
                            : `Amount off the order (${currency})`,
                        value: "amount",
                      },
                    ]}
                    value={row.valueType}
                    onChange={(value) => setCell(i, "valueType", value)}
                  />
                  <TextField
                    label={row.valueType === "percentage" ? "Percentage off" : `Amount off (${currency})`}
                    suffix={row.valueType === "percentage" ? "%" : currency}
                    inputMode="decimal"
                    autoComplete="off"
                    value={row.value}
                    onChange={(value) => setCell(i, "value", value)}
                    error={error(i, "value")}
                  />
                </>
              )}
            </InlineGrid>
            <TextField
              label="Message at checkout"
              autoComplete="off"
              maxLength={80}
              showCharacterCount
              value={row.message}
              onChange={(value) => setCell(i, "message", value)}
              error={error(i, "message")}
              connectedRight={
                <Button
                  tone="critical"
                  variant="plain"
                  disabled={rows.length === 1}
                  onClick={() => onChange(rows.filter((_row, j) => j !== i))}
                  accessibilityLabel={`Remove tier ${i + 1}`}
                >
                  Remove
                </Button>
              }
            />
          </BlockStack>
        </Box>
      ))}
      {errors.tiers && (
        <Text as="p" tone="critical">
          {errors.tiers}
        </Text>
      )}
      <div>
        <Button disabled={rows.length >= max} onClick={() => onChange([...rows, newTierRow(kind, rows, defaultStart)])}>
          Add tier
        </Button>
      </div>
    </BlockStack>
  );
}
