// Picks the variant matching the selected options: updates the form's variant id, the
// price, the button and the URL (?variant=), like Dawn's variant picker.
document.querySelectorAll("[data-variant-picker]").forEach((picker) => {
  const form = picker.closest("form");
  const variants = JSON.parse(picker.querySelector("[data-variants]").textContent);
  const price = document.getElementById(`Price-${picker.dataset.section}`);
  const button = form.querySelector('button[type="submit"]');

  picker.addEventListener("change", () => {
    const selected = [...picker.querySelectorAll("select")].map((select) => select.value);
    const variant = variants.find((candidate) => candidate.options.every((value, i) => value === selected[i]));
    form.querySelector('input[name="id"]').value = variant ? variant.id : "";
    button.disabled = !variant || !variant.available;
    button.textContent = !variant ? "Unavailable" : variant.available ? "Add to cart" : "Sold out";
    if (!variant) return;
    price.querySelector("[data-price]").textContent = variant.price;
    price.querySelector("[data-compare-at-price]").textContent = variant.compare_at_price;
    price.querySelector("s").hidden = !variant.on_sale;
    const url = new URL(window.location.href);
    url.searchParams.set("variant", variant.id);
    window.history.replaceState({}, "", url);
  });
});
