import { BlockStack, Box, Text } from "@shopify/polaris";

/** A customer notice as the buyer will read it, shown before the merchant sends it. */
export function NoticePreview({ subject, text }: { subject: string; text: string }) {
  return (
    <Box padding="300" background="bg-surface-secondary" borderRadius="200">
      <BlockStack gap="100">
        <Text as="p" fontWeight="semibold">
          {subject}
        </Text>
        <Text as="p" variant="bodySm">
          <span style={{ whiteSpace: "pre-line" }}>{text}</span>
        </Text>
      </BlockStack>
    </Box>
  );
}
