
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's05e7cb5b50724d56': `Lado de la tarjeta`,
's0efb869526e78553': `Para reportar operativos de inmigración cerca de usted, llame a:`,
's10de0fb8c9d35f9f': `Qué decir:`,
's11f1693e97a511b7': `Salir de esta página`,
's13430453b35e1b85': `No haga esto:`,
's14c0fb195777646e': `Traducido por una persona.`,
's1b646b7189883206': `Escuchar`,
's1e8d6ec2a264d6f1': `Imprimir tarjeta de bolsillo`,
's2212cc08ec00a51b': `Mostrar al agente`,
's298bef8529ca0948': `Lo que dice este lado, en su idioma`,
's2ab9b6df1f8476e2': `Revise el papel que le muestran. ¿Tiene esto?`,
's2bcc4627bcb4bf82': `Línea de respuesta rápida`,
's33631e69b08de1e3': `Imprimir 4 tarjetas`,
's377c3d059f08aabe': `Todavía no hay información para mostrar.`,
's37b8fee2ccc00776': `(o presione Esc 3 veces)`,
's3c64fd76daefbc6c': `No se pudo cargar este idioma. La tarjeta se muestra en inglés.`,
's3c7fbc70007b7845': `Una entrada no se muestra porque tiene errores.`,
's3d87b2e2496bd248': `Puede ser una orden firmada por un juez. Si los agentes entran, no se resista. Guarde silencio y pida un abogado.`,
's54841399233b9fe9': `Cargando este idioma…`,
's59920608eae2ebe6': `Traducción revisada por una persona.`,
's5b453c3dbfb28091': `Algunas partes todavía no están traducidas a este idioma y se muestran en inglés.`,
's5e8250fb85d64c23': `Cerrar`,
's6ebc9bd6feae62a3': `Cargando…`,
's725d014de24c618e': `no verificado`,
's743dbad7d0b70574': `Esta sección aún no está configurada: no se indicó una fuente de datos.`,
's746bf22ffa594f55': `Todavía no ha sido revisado por un abogado.`,
's82b39aa2bda41e48': `Esta información no está disponible en este momento. Intente de nuevo más tarde.`,
's91e3a47599412f51': `Fuentes`,
's92695ca8cea4ef58': str`Revisado por ${0} el ${1}.`,
's92e8cd7022836c02': `Mi lado`,
'sa87d7358512a3799': `No pudimos cargar esta información. Revise su conexión a internet e intente de nuevo.`,
'sb0c7b8b1d4649e14': `Situaciones`,
'sc5ca1d34a7e2f8f3': `Lado para el agente (inglés)`,
'scd1dd6ff53d0d01a': `Intentar de nuevo`,
'scf8004d7f86f5e89': `Traducción automática: puede tener errores.`,
'sdada9485e5b42d45': `Parece una orden administrativa de ICE. No está firmada por un juez y, por sí sola, no permite que los agentes entren a su casa. Mantenga la puerta cerrada.`,
'sdf56f6c65c0a17f0': `Marque lo que ve en el papel. Si no está seguro, mantenga la puerta cerrada.`,
'sefb6c0a422f9e158': `Vea esta información en nuestro sitio web`,
'sefcf950b3cc4fc3b': `Idioma`,
'sf12400cffb7c166c': str`${0} entradas no se muestran porque tienen errores.`,
'sf48b1aaf17f8810f': `La información sobre sus derechos no está disponible en esta fuente de datos.`,
'sf7f889f911ff36b4': `Conozca sus derechos`,
'sff05c0a982a965ab': `No se puede mostrar esta información porque el archivo de datos tiene un problema.`,
'sff2e843bc07b1834': `Datos de ejemplo para demostración: esta no es información real.`,
    };
  