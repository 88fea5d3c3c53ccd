// Options page entry: mounts the actor and note manager.
import '../popup/popup.css';
import './options.css';
import { render } from 'preact';
import { OptionsApp } from './OptionsApp';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
