// rawi: small progressive enhancements; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Opening a statement's details when its number in the text is followed.
  const open = () => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.tagName === "DETAILS") target.open = true;
  };
  window.addEventListener("hashchange", open);
  open();
  // Leaving empty filters out of the address, so shared search links stay short.
  const form = document.querySelector("form.filters");
  if (form) {
    form.addEventListener("submit", () => {
      for (const field of form.elements) {
        if (field.name && !field.value) field.disabled = true;
      }
    });
  }
});
