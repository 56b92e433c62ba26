/** YAML files imported as text (`with { type: 'text' }`), so the binary carries the default packs. */
declare module '*.yaml' {
  const text: string;
  export default text;
}
