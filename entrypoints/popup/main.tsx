import { render } from 'preact';

function Popup() {
  return <h1 id="title">Dialogue Lens</h1>;
}

render(<Popup />, document.getElementById('app')!);
