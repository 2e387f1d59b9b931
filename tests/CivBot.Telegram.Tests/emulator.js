// Starts the telegram-test-api emulator for the integration tests: node emulator.js <port> [webhookSecret]
// Prints "ready <apiURL>" once listening and stops when stdin closes (the test process ending or disposing it).
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2]);
const secret = process.argv[3];

if (secret) {
  // Real Telegram sends the setWebhook secret_token back on every webhook POST; the emulator ignores it (protocols.md
  // §2.3). Its axios instance is this module's, so a default header makes it behave like Telegram here.
  require('axios').defaults.headers.common['X-Telegram-Bot-Api-Secret-Token'] = secret;
}

(async () => {
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 60 });
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
