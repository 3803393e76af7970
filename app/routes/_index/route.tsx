import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { config } from "../../config.server";
import { login } from "../../shopify.server";
import styles from "./styles.module.css";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  // In demo mode the merchant is the dev store's owner, already signed in.
  if (config().demo) throw redirect("/app");
  if (url.searchParams.get("shop")) {
    throw redirect(`/app?${url.searchParams.toString()}`);
  }
  return { showForm: Boolean(login) };
};

export default function Landing() {
  const { showForm } = useLoaderData<typeof loader>();
  return (
    <div className={styles.index}>
      <div className={styles.content}>
        <h1 className={styles.heading}>Fieldtest — launch products that sell</h1>
        <p className={styles.text}>
          Research on Amazon and Reddit, validate with a preorder test, launch with tiered discounts and A/B tests, and
          bring buyers back with post-purchase emails.
        </p>
        {showForm && (
          <Form className={styles.form} method="post" action="/auth/login">
            <label className={styles.label}>
              <span>Shop domain</span>
              <input className={styles.input} type="text" name="shop" />
              <span>e.g: my-shop-domain.myshopify.com</span>
            </label>
            <button className={styles.button} type="submit">
              Log in
            </button>
          </Form>
        )}
        <ul className={styles.list}>
          <li>
            <strong>Research.</strong> Estimated sales, complaint phrases and Reddit pain points on the page you read.
          </li>
          <li>
            <strong>Validate.</strong> A preorder test with a deposit, a ship date and a live progress bar.
          </li>
          <li>
            <strong>Launch and retain.</strong> Time-tiered discounts, honest A/B tests and 7/30/90-day emails.
          </li>
        </ul>
      </div>
    </div>
  );
}
