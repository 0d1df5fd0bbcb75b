// bottleneck's light build (no clustering) has no typings of its own; it is the same API.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
