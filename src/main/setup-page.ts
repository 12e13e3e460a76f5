/**
 * The first-run page behind the setup link: names the school and creates the first
 * administrator through `POST /api/v1/setup`. Self-contained (no build step), so a fresh
 * install can be set up before the dashboard exists.
 */
export const SETUP_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Set up Haven</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 34rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input { width: 100%; padding: .5rem; font-size: 1rem; box-sizing: border-box; border: 2px solid #555; border-radius: 4px; }
  button { margin-top: 1.5rem; padding: .6rem 1.2rem; font-size: 1rem; background: #0b4f8a; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  .hint { font-weight: normal; color: #444; font-size: .9rem; }
  [role=alert] { margin-top: 1rem; padding: .75rem; border-left: 4px solid #b00020; background: #fdecee; }
  .ok { border-left-color: #1b6e2b; background: #e8f5ea; }
</style>
</head>
<body>
<main>
<h1>Set up Haven</h1>
<p>Name your school and create the first administrator account. The administrator will be asked to add an authenticator app at first sign-in.</p>
<form id="setup">
  <label for="schoolName">School name</label>
  <input id="schoolName" name="schoolName" required maxlength="200" autocomplete="organization">
  <label for="displayName">Your name</label>
  <input id="displayName" name="displayName" required maxlength="200" autocomplete="name">
  <label for="email">Your email</label>
  <input id="email" name="email" type="email" required autocomplete="email">
  <label for="password">Password <span class="hint">(at least 8 characters; a few unrelated words work well)</span></label>
  <input id="password" name="password" type="password" required minlength="8" autocomplete="new-password">
  <button type="submit">Create school and administrator</button>
  <div id="message" role="alert" hidden></div>
</form>
</main>
<script>
  const token = new URLSearchParams(location.search).get('token') || '';
  const form = document.getElementById('setup');
  const message = document.getElementById('message');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = Object.fromEntries(new FormData(form));
    body.token = token;
    const res = await fetch('/api/v1/setup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    message.hidden = false;
    if (res.ok) {
      message.className = 'ok';
      message.textContent = 'Done. Sign in with your email and password.';
      form.querySelector('button').disabled = true;
    } else {
      const problem = await res.json().catch(() => ({ detail: 'setup failed' }));
      message.className = '';
      message.textContent = problem.detail || 'setup failed';
    }
  });
</script>
</body>
</html>
`;
