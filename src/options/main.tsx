import { render } from 'preact';
import '../ui/base.css';
import '../ui/page.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
