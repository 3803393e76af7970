import { BlockStack, Box, Text } from "@shopify/polaris";
import { NOTICE_LANGUAGES } from "../notice-language";

const languageNames = new Intl.DisplayNames("en", { type: "language" });
const others = NOTICE_LANGUAGES.filter((language) => language !== "en").map((code) => languageNames.of(code));
/** "Buyers who checked out in German, French or Spanish get it in their language, …" */
const NOTICE_LANGUAGES_HINT = `Buyers who checked out in ${others.slice(0, -1).join(", ")} or ${others.at(-1)} get it in their language, with dates as they write them.`;

/** A customer notice as the buyer will read it, shown before the merchant sends it. */
export function NoticePreview({ subject, text }: { subject: string; text: string }) {
  return (
    <BlockStack gap="100">
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
      <Text as="p" variant="bodySm" tone="subdued">
        {NOTICE_LANGUAGES_HINT}
      </Text>
    </BlockStack>
  );
}
