// Starts the telegram-test-api emulator for the integration tests:
//   node emulator.js <port> [--secret=<webhookSecret>] [--admins=<userId>,<userId>...]
// Prints "ready <apiURL>" once listening and stops when stdin closes (the test process ending or disposing it).
const TelegramServer = require('telegram-test-api');
const { routes } = require('telegram-test-api/lib/routes/index');

const port = Number(process.argv[2]);
const option = (name) => {
  const arg = process.argv.slice(3).find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? undefined : arg.slice(name.length + 3);
};
const secret = option('secret');
const admins = new Set((option('admins') || '').split(',').filter((id) => id !== ''));

if (secret) {
  // Real Telegram sends the setWebhook secret_token back on every webhook POST; the emulator ignores it (protocols.md
  // §2.3). Its axios instance is this module's, so a default header makes it behave like Telegram here.
  require('axios').defaults.headers.common['X-Telegram-Bot-Api-Secret-Token'] = secret;
}

// The emulator has no getChatMember (its catch-all answers "not supported"), yet /link and /unlink ask it whether the
// sender administers the chat. The server registers the routes of this array in its constructor, in order, so one put
// first answers as Telegram does: "administrator" for the users named by --admins, "member" for everyone else.
routes.unshift((app) => {
  app.all('/bot:token/getChatMember', (req, res) => {
    const userId = String((req.body && req.body.user_id) || req.query.user_id);
    res.json({
      ok: true,
      result: {
        status: admins.has(userId) ? 'administrator' : 'member',
        user: { id: Number(userId), is_bot: false, first_name: `user ${userId}` },
      },
    });
  });
});

(async () => {
  // Messages are kept for ten minutes: a long story on a loaded machine still finds its first ones.
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  console.log(`ready ${server.config.apiURL}`);
  process.stdin.resume();
  process.stdin.on('end', async () => {
    await server.stop();
    process.exit(0);
  });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
