// `npm run -s nginx:config -- --root /var/www/out [--listen 80] [--server-name story.example.org]`:
// prints the nginx server block for an export, generated from app/_lib/publishing/headers.mjs.
import { cliArgs } from './args.mjs';
import { hostedStyleOrigin } from '../_lib/publishing/csp.mjs';
import { nginxServerBlock } from '../_lib/publishing/header-outputs.mjs';
import { headerRules } from '../_lib/publishing/headers.mjs';

const { values } = cliArgs(
  'nginx:config',
  {
    options: {
      root: { type: 'string', default: '/var/www/out' },
      listen: { type: 'string', default: '80' },
      'server-name': { type: 'string', default: '_' },
    },
  },
  'npm run -s nginx:config -- [--root /var/www/out] [--listen 80] [--server-name story.example.org]',
);
const rules = headerRules({ mapOrigin: hostedStyleOrigin(process.env.NEXT_PUBLIC_MAP_STYLE_URL) });
process.stdout.write(nginxServerBlock({ rules, root: values.root, listen: values.listen, serverName: values['server-name'] }));
