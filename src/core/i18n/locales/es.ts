
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's377c3d059f08aabe': `Todavía no hay información para mostrar.`,
's3c7fbc70007b7845': `Una entrada no se muestra porque tiene errores.`,
's6ebc9bd6feae62a3': `Cargando…`,
's743dbad7d0b70574': `Esta sección aún no está configurada: no se indicó una fuente de datos.`,
's82b39aa2bda41e48': `Esta información no está disponible en este momento. Intente de nuevo más tarde.`,
'sa87d7358512a3799': `No pudimos cargar esta información. Revise su conexión a internet e intente de nuevo.`,
'scd1dd6ff53d0d01a': `Intentar de nuevo`,
'sefb6c0a422f9e158': `Vea esta información en nuestro sitio web`,
'sf12400cffb7c166c': str`${0} entradas no se muestran porque tienen errores.`,
'sff05c0a982a965ab': `No se puede mostrar esta información porque el archivo de datos tiene un problema.`,
    };
  