import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: 'cea468057987487887428b427ec3768d'
                    }
                    'credential-task-closed-br': {
                        table: 'sys_script'
                        id: '9224a0d1529048b68c1d852a399489f3'
                    }
                    'cross-scope-sc-req-item-read': {
                        table: 'sys_scope_privilege'
                        id: 'f32f4ae3cb0f4cf287ef0e8d4e2a631d'
                    }
                    'cross-scope-sc-req-item-write': {
                        table: 'sys_scope_privilege'
                        id: '620d354b192b45fc82cccfa65cb2233c'
                    }
                    'cross-scope-sc-task-create': {
                        table: 'sys_scope_privilege'
                        id: 'cf7c7ffc76464689b2dac597f4695f29'
                    }
                    'cross-scope-sc-task-delete': {
                        table: 'sys_scope_privilege'
                        id: '70d89da2a7014aa3944f93587e2a1f60'
                    }
                    'cross-scope-sc-task-read': {
                        table: 'sys_scope_privilege'
                        id: '3d3640b04ad4403d9006f52f6cca9289'
                    }
                    'cross-scope-sys-group-has-role-create': {
                        table: 'sys_scope_privilege'
                        id: '134e3586faa54537b6df2131738e7e4b'
                    }
                    'cross-scope-sys-group-has-role-read': {
                        table: 'sys_scope_privilege'
                        id: '0e4a3fa5df8a4a9ebeefe9b37941b2f0'
                    }
                    'cross-scope-sys-user-create': {
                        table: 'sys_scope_privilege'
                        id: 'a45d6ccc288042aca4ba499bda5e17e5'
                    }
                    'cross-scope-sys-user-delete': {
                        table: 'sys_scope_privilege'
                        id: 'e3f8427ecb854f26a37d6a933ae9196b'
                    }
                    'cross-scope-sys-user-grmember-create': {
                        table: 'sys_scope_privilege'
                        id: '92eac956055d48e496239e135dde580b'
                    }
                    'cross-scope-sys-user-grmember-delete': {
                        table: 'sys_scope_privilege'
                        id: '08852d311a8848dda8876b0edd33be4b'
                    }
                    'cross-scope-sys-user-grmember-read': {
                        table: 'sys_scope_privilege'
                        id: 'ae73448289044223b1cfae2634ba5517'
                    }
                    'cross-scope-sys-user-group-read': {
                        table: 'sys_scope_privilege'
                        id: 'e46fae57b8994f0caa1744d99a51f3e3'
                    }
                    'cross-scope-sys-user-read': {
                        table: 'sys_scope_privilege'
                        id: 'edf40f749c7148ed8c9b015ffe821790'
                    }
                    'cross-scope-sys-user-role-contains-read': {
                        table: 'sys_scope_privilege'
                        id: '04560ce9c1c94d6784c8b0a2517d74b6'
                    }
                    'cross-scope-sys-user-role-read': {
                        table: 'sys_scope_privilege'
                        id: '3860649875304826bcac537f79c32cd9'
                    }
                    'cross-scope-sysapproval-approver-read': {
                        table: 'sys_scope_privilege'
                        id: '50b645d05ae0409094b54291a17499a5'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '57b582eb1007414d8389039499192647'
                    }
                    'property-approval-due-days': {
                        table: 'sys_properties'
                        id: '40466d245fe7439ab0175654410d1563'
                    }
                    'property-approval-fallback-group': {
                        table: 'sys_properties'
                        id: '70b8955e01df46b8a205f5491ccc9798'
                    }
                    'property-credential-task-group': {
                        table: 'sys_properties'
                        id: '71688e9b92e14d07b5b79d09d183fb14'
                    }
                    'property-group': {
                        table: 'sys_properties'
                        id: '6644bc8672b54501b58b0a2e29e284d7'
                    }
                    'property-group-roles': {
                        table: 'sys_properties'
                        id: 'e0935388e5754cbc9ce00db3927d3e0a'
                    }
                    'property-gui-window-days': {
                        table: 'sys_properties'
                        id: 'a8d639cda0f2486a98d50701d930a908'
                    }
                    'property-lockdown-batch-size': {
                        table: 'sys_properties'
                        id: '2a8bcc63da9548a1960087875bf46f6b'
                    }
                    'property-reminder-days': {
                        table: 'sys_properties'
                        id: 'f959982a68254b69a145f2686ed3870d'
                    }
                    'property-user-id-max-length': {
                        table: 'sys_properties'
                        id: 'd89a7d55af254f5899700a7a51590f65'
                    }
                    'property-user-id-prefix': {
                        table: 'sys_properties'
                        id: '02ea418fc2a840f1b3d4a1c161f3f5a4'
                    }
                    'property-user-id-reserved-names': {
                        table: 'sys_properties'
                        id: '5ad8ce5401e54017b10ed2a58e5e6709'
                    }
                    'provision-on-approval-br': {
                        table: 'sys_script'
                        id: '861ec223a24d46b8a6cb029c5ecdfddd'
                    }
                    'request-service-account-item': {
                        table: 'sc_cat_item'
                        id: 'e1f357274cdb4466b21165c67e64108f'
                    }
                    'retry-provisioning-ui-action': {
                        table: 'sys_ui_action'
                        id: 'b3b372102f4348d99816635b18416454'
                    }
                    'service-account-admin-group': {
                        table: 'sys_user_group'
                        id: '363f18415e5a490ca4debd62109a8237'
                    }
                    'service-account-approver-group': {
                        table: 'sys_user_group'
                        id: 'd9d2c7f125814fbb9ad4056554ef9d8c'
                    }
                    'service-account-create-acl': {
                        table: 'sys_security_acl'
                        id: 'ebd8b81d6d7b4ea19b93fa6793c8e7bb'
                    }
                    'service-account-delete-acl': {
                        table: 'sys_security_acl'
                        id: '134d480750d8472dba4558d710591e95'
                    }
                    'service-account-group': {
                        table: 'sys_user_group'
                        id: '211553d3b22342c697735afdda92c07d'
                    }
                    'service-account-group-itil': {
                        table: 'sys_group_has_role'
                        id: 'f74c7d7572154c20ba0239fe1876b59c'
                    }
                    'service-account-read-acl': {
                        table: 'sys_security_acl'
                        id: 'af3e0de16cc24602817ab39aa824272a'
                    }
                    'service-account-read-own-acl': {
                        table: 'sys_security_acl'
                        id: 'c5e0969b00d5428ea46a9ffab62cbd08'
                    }
                    'service-account-write-acl': {
                        table: 'sys_security_acl'
                        id: '2d6ce315332c453e93995dcc17bb464f'
                    }
                    'src_server_access_group-roles_ts': {
                        table: 'sys_module'
                        id: '65eca51d070d4885a10bd554fa91125f'
                    }
                    'src_server_approval_approver-choice_ts': {
                        table: 'sys_module'
                        id: '6208e5d6a6424dad91f7bbc00aa25fae'
                    }
                    'src_server_approval_verify-approval_ts': {
                        table: 'sys_module'
                        id: '73f6fcc6828d41b19f8ef56b55f94876'
                    }
                    'src_server_catalog_request-variables_ts': {
                        table: 'sys_module'
                        id: '689c0f9180cb4213bf131eb4e3b24800'
                    }
                    src_server_config_properties_ts: {
                        table: 'sys_module'
                        id: 'a7a73166d49942869cbe991589d5b0b2'
                    }
                    'src_server_naming_user-id-rules_ts': {
                        table: 'sys_module'
                        id: '9c72060f8c55402ca1267cf29f02513f'
                    }
                    'src_server_provisioning_catalog-item_ts': {
                        table: 'sys_module'
                        id: '865ab32eb8504c6cab8dbbcd5f754dc6'
                    }
                    'src_server_provisioning_credential-task_ts': {
                        table: 'sys_module'
                        id: '3027fc758101446fb22ce0ffdb24b872'
                    }
                    'src_server_provisioning_provision-service-account_ts': {
                        table: 'sys_module'
                        id: '40a815e4bd0a4f879c1df74cd34a451e'
                    }
                    'src_server_provisioning_provisioning-plan_ts': {
                        table: 'sys_module'
                        id: 'c2509024dee345f2bdedd22ec26ab54e'
                    }
                    'src_server_provisioning_retry-provisioning_ts': {
                        table: 'sys_module'
                        id: 'a2f83069f1cc443f8a5d4757f4359bf3'
                    }
                }
                composite: [
                    {
                        table: 'sys_choice'
                        id: '0294f0013f63499093d43460ea28bc6a'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'retired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: '0383da12cab44cfaa5dc7deecd09da41'
                        key: {
                            sc_cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0d10b5073dc744fc8efb3c5607ab4710'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reminder_sent_on'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0e919fd68d414e22b3b7a64c7b80cdc0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'admin'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0f24e9a4fe604d6298eef38598bcd58a'
                        key: {
                            sys_security_acl: 'ebd8b81d6d7b4ea19b93fa6793c8e7bb'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '120b499ca0974871815ff818fd8e6834'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'purpose'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1223ded909194f4eb0ede236a28b1ade'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'window_expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '14c200c6d92648609733bbd1e3070f4f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'api_only'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '177944d87fd4463dbe15c4b5ed81f703'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1c658e242df348f3a227a1ac3acc84f9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2415690b60314094bb07d450720106ca'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_by'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '250b41835c29401c8941928c75496a01'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'user_name'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                        key: {
                            name: 'x_seed_svcacct.auditor'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2aea343d379d45c89e18c15e340b50eb'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'user_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '303ca25665124a10b6c40c297bbfb6e4'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3cdd44d861e6446193b9ece4afe1e530'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'audit_trail'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '465c6d7aa857424fb88712dc6d93b339'
                        key: {
                            sys_security_acl: '134d480750d8472dba4558d710591e95'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e751841e1504c169391b80a24d7ea4d'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '50a8fccc57e3491fb9c89cbead53fdd6'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'exploring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '52f963cf433243be89c9e2e3db7a1f0e'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'owner_confirmed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '554839c3e0864ac2a4a22858b81d535f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d2e9f5faca349a8a0f508235ca65586'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'request_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5f0c26c8b0734b1abad51789633b59e9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'request_item'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '70b01c5ff1904d318211f349eea6f49d'
                        key: {
                            sys_security_acl: '2d6ce315332c453e93995dcc17bb464f'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a06aed317394d0791963ce7ddefadfa'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'purpose'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7bec9c8760984def9c14c1d4a397b18d'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ee33ec0b3c348ebb4c7a315a2e2ee17'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '84673113cce043d783faeb5b8bccc708'
                        key: {
                            sys_ui_action: 'b3b372102f4348d99816635b18416454'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d32529f8a30427ca7a8221d523a0bad'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'audit_trail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f3ecffccd264841894282b48fc36961'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96640ef541434ec5b0b323e375b7da91'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_on'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '979b1aac49d64363be6efe932360deb0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'gui_access_until'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9990d8e0a2394b599ee83161b51b7093'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e63e7bb9b654dab97107eec08bce308'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a410a88a4de544e6801007b2d8408378'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reminder_sent_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'afeb8140d84f4e2ca657b89945567bf9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'b7979ffd19454968abedf4486e2fae10'
                        key: {
                            name: 'x_seed_svcacct.admin'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c4173bf35b3948789fb09e3c563b05ba'
                        key: {
                            sys_security_acl: 'af3e0de16cc24602817ab39aa824272a'
                            sys_user_role: {
                                id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                                key: {
                                    name: 'x_seed_svcacct.auditor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'c4336c81f8c14b67b3fed9f4db0bfd75'
                        key: {
                            role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                            contains: {
                                id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                                key: {
                                    name: 'x_seed_svcacct.auditor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd88b333bfa09460282a5e2156ebca93b'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ec8c606b034c403d8ae992d7ae2c87de'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eddc01cef7754c4091a44cf9ac62b747'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'consuming_system'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ee3abedecf964b5883c4bb1f99f22493'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'consuming_system'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f3175df93d3949fcb3d60c2a79891af0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f9039a1852cd45378ac54ab78d00fb6e'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb283ca501874ac7957a632284371bc0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'gui_access_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fff1a16a2ed9412fbfdcebad6dd2755f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
