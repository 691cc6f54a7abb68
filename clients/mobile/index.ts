// The app's entry: Expo registers App as the root component on iOS, Android and the web.
// https://docs.expo.dev/versions/latest/sdk/expo/#registerrootcomponentcomponent
import { registerRootComponent } from 'expo';
import { App } from './src/app.tsx';

registerRootComponent(App);
