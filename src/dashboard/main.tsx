import { render } from 'preact';
import '../ui/base.css';
import '../ui/page.css';
import { Dashboard } from './Dashboard';

render(<Dashboard />, document.getElementById('app')!);
