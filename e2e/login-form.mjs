// Shared by the e2e scripts: logs in on Camunda's login form (Tasklist, Cockpit), checking both values
// before it submits.
// The login page puts autofocus on the name field, and Chromium may apply it after the password field
// got the focus (then "henrikdemo" ends up in the name and the password stays empty), so the form is
// filled again until both values are right; after three attempts it fails with a clear message.

/**
 * @param page a Playwright page showing the login form
 * @param user the login name
 * @param password the password
 * @param log called with a line when a retry is needed
 */
export async function logIn(page, user, password, log = console.log) {
  const nameField = page.locator('input[type="text"]').first();
  const passwordField = page.locator('input[type="password"]');
  await passwordField.waitFor();
  for (let attempt = 1; ; attempt++) {
    await nameField.fill(user);
    await passwordField.fill(password);
    if ((await nameField.inputValue()) === user && (await passwordField.inputValue()) === password) {
      await page.locator('button[type="submit"]').click();
      return;
    }
    if (attempt === 3) {
      throw new Error(`could not fill the login form for ${user} (name "${await nameField.inputValue()}")`);
    }
    log(`[${user}] login form not filled as expected (attempt ${attempt}), filling it again`);
    await page.waitForTimeout(500);
  }
}
