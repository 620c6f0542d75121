import { render } from 'preact';

render(<p>Bantin</p>, document.getElementById('app')!);
