// Mounts the popup.
import { mount } from '@/components/mount';
import { App } from './App';

mount(App, 'extName');
