// The plot's virtual module, of src/build/clientModules.ts.
declare module 'virtual:plot/content' {
  const content: import('~/plot/plotContent').PlotContent;
  export default content;
}
