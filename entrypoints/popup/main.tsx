// Mounts the popup, once its summary request is on its way (early-request comes first on purpose).
import './early-request';
import { mount } from '@/components/mount';
import { App } from './App';
import { markStage } from '@/utils/stage-mark';

markStage('popup-mount');
mount(App, 'extName');
markStage('popup-mounted');
