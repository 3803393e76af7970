import { Drop } from "liquidjs";

/** One entry of `product.options_with_values`. */
export class ProductOptionDrop extends Drop {
  readonly name: string;
  readonly position: number;
  readonly selected_value: string | null;
  readonly values: ProductOptionValueDrop[];

  constructor(name: string, position: number, values: string[], selectedValue: string | null) {
    super();
    this.name = name;
    this.position = position;
    this.selected_value = selectedValue;
    this.values = values.map((value) => new ProductOptionValueDrop(value, value === selectedValue));
  }

  toJSON() {
    return { name: this.name, position: this.position, values: this.values.map((value) => value.name) };
  }
}

/** A `product_option_value`: prints as its name (`{{ value }}`), like Shopify's. */
export class ProductOptionValueDrop extends Drop {
  constructor(
    readonly name: string,
    readonly selected: boolean,
  ) {
    super();
  }

  valueOf() {
    return this.name;
  }

  toJSON() {
    return this.name;
  }
}
