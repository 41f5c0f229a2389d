// Mounts the Highlights page.
import { mount } from '@/components/mount';
import { App } from './App';

mount(App, 'hlPageTitle');
