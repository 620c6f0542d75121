import { useEffect, useState } from 'preact/hooks';

/**
 * A module imported after the first paint: undefined until it arrives.
 * Preact's own `lazy` lives in preact/compat, a dependency the popup does
 * not otherwise need.
 */
export function useLazyModule<M>(load: () => Promise<M>): M | undefined {
  const [mod, setMod] = useState<M | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void load().then((m) => alive && setMod(() => m));
    return () => {
      alive = false;
    };
    // The loader is fixed for the life of the component.
  }, []);
  return mod;
}
