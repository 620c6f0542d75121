import { render } from 'preact';
import '../../src/ui/styles/theme.css';
import { BundlesApp } from '../../src/ui/bundles/bundles-app.tsx';

// bundles.html#bundle=<id>: the digest composer (issue 5); without an id, the list of bundles.
render(<BundlesApp />, document.getElementById('app')!);
