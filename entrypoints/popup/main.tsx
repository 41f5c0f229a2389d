// Mounts the popup, once its summary request is on its way (early-request comes first on purpose).
import './early-request';
import { mount } from '@/components/mount';
import { App } from './App';

mount(App, 'extName');
