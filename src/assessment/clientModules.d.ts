// The virtual modules of src/build/clientModules.ts.
declare module 'virtual:self-assessment/form-key' {
  const key: import('~/assessment/clientContent').FormKey;
  export default key;
}
declare module 'virtual:self-assessment/result-words' {
  const words: import('~/assessment/clientContent').ResultWords;
  export default words;
}
